package org.sunlight.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Listeners that talk to other systems (the push to the government platform) run after the commit on Spring Boot's
 * task executor, so that a slow or failing receiver never holds up a person's request.
 */
@Configuration
@EnableAsync
class AsyncConfiguration {}
