package org.sunlight.disclosure;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.sunlight.disclosure.PublishedResults.Result;
import org.sunlight.platform.PageOf;

/**
 * The pages of public results this node answered lately, each kept under the generation of {@code public_result} read
 * before it was searched (V20: every publication, correction, withdrawal and fulfilment commits the next generation).
 * A page is answered again only while the generation is the same, so it is never older than what a fresh search would
 * find, on this node or another; pages of an older generation are dropped when a newer one is seen. Popular searches
 * (the first pages of common keywords, of a category, of the whole list) then cost one lookup of the generation.
 */
@Component
class RecentSearches {

    /** What a search asked for, as it was run: cleaned keyword and party, the filters, the page. */
    record Search(
            String keyword,
            String party,
            String category,
            UUID unit,
            LocalDate from,
            LocalDate to,
            int page,
            int size) {}

    /**
     * @param pages how many pages are kept at most, the least recently asked dropped first; 0 keeps none (a page of 20
     *     results takes about 30 KB of heap)
     * @param maxPageSize larger pages (the API's size up to 200, the CSV download) are not kept
     */
    @ConfigurationProperties("sunlight.disclosure.recent-searches")
    record Settings(@DefaultValue("1000") int pages, @DefaultValue("20") int maxPageSize) {}

    private final Settings settings;
    private final Map<Search, PageOf<Result>> pages;
    private long generation;

    RecentSearches(Settings settings) {
        this.settings = settings;
        this.pages = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Search, PageOf<Result>> eldest) {
                return size() > settings.pages();
            }
        };
    }

    /** The page kept for this search at this generation, or null. */
    synchronized PageOf<Result> find(long generation, Search search) {
        return generation == this.generation ? pages.get(search) : null;
    }

    synchronized void keep(long generation, Search search, PageOf<Result> page) {
        if (settings.pages() == 0 || search.size() > settings.maxPageSize() || generation < this.generation) {
            return;
        }
        if (generation > this.generation) {
            pages.clear();
            this.generation = generation;
        }
        pages.put(search, page);
    }
}
