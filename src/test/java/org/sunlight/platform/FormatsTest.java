package org.sunlight.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Sizes, hashes and file types as staff read them (issue 18, point 4), with the product's own messages. */
class FormatsTest {

    private final Formats formats = new Formats(messages());

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("messages/platform");
        source.setDefaultEncoding("UTF-8");
        source.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        return source;
    }

    @Test
    void sizesAreWrittenInBytesKilobytesMegabytesAndGigabytes() {
        assertThat(formats.size(0)).isEqualTo("0 B");
        assertThat(formats.size(1023)).isEqualTo("1023 B");
        assertThat(formats.size(1024)).isEqualTo("1 KB");
        assertThat(formats.size(300_000)).isEqualTo("293 KB");
        assertThat(formats.size(1536)).isEqualTo("1.5 KB");
        assertThat(formats.size(10 * 1024)).isEqualTo("10 KB");
        assertThat(formats.size(5L * 1024 * 1024 + 300 * 1024)).isEqualTo("5.3 MB");
        assertThat(formats.size(3L * 1024 * 1024 * 1024)).isEqualTo("3 GB");
    }

    @Test
    void aHashIsShortenedToTwelveDigits() {
        var hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        assertThat(formats.shortHash(hash)).isEqualTo("9f86d081884c…");
        assertThat(formats.shortHash("abc")).isEqualTo("abc");
    }

    @Test
    void mediaTypesAreNamedInChinese() {
        assertThat(formats.media("video/mp4")).isEqualTo("视频（MP4）");
        assertThat(formats.media("audio/x-wav")).isEqualTo("音频（WAV）");
        assertThat(formats.media("image/jpeg")).isEqualTo("图片（JPEG）");
        assertThat(formats.media("application/pdf")).isEqualTo("PDF 文档");
        assertThat(formats.media("application/octet-stream")).isEqualTo("其他文件");
    }
}
