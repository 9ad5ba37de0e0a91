package org.sunlight.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class SessionStoreSettingTest {

    @Test
    void aSessionStoreThatIsNotMemoryOrJdbcStopsTheStartNamingTheSetting() {
        for (var mistyped : new String[] {"JDBC", "jbdc", "redis", ""}) {
            var environment = new MockEnvironment().withProperty(SessionStoreSetting.PROPERTY, mistyped);
            assertThatThrownBy(() -> new SessionStoreSetting(environment))
                    .as(mistyped)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("sunlight.sessions.store")
                    .hasMessageContaining("'" + mistyped + "'");
        }
        for (var known : new String[] {"memory", "jdbc"}) {
            var environment = new MockEnvironment().withProperty(SessionStoreSetting.PROPERTY, known);
            assertThatCode(() -> new SessionStoreSetting(environment)).doesNotThrowAnyException();
        }
        assertThatCode(() -> new SessionStoreSetting(new MockEnvironment())).doesNotThrowAnyException();
    }
}
