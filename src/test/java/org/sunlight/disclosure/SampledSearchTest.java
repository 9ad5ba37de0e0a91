package org.sunlight.disclosure;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The same searches when every keyword is first counted on a sample of the table, as common keywords are (on a small
 * table the sample is all of it): the same matches, the same totals, the same pages in the same order.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sunlight.disclosure.search.sampled-above=0")
class SampledSearchTest extends SearchTest {}
