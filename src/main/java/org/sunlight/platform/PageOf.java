package org.sunlight.platform;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list, as screens and the JSON API show it.
 *
 * @param number the page, counted from 0
 */
public record PageOf<T>(List<T> content, int number, int size, long totalElements) {

    public PageOf {
        content = List.copyOf(content);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
    }

    public <R> PageOf<R> map(Function<? super T, ? extends R> mapping) {
        return new PageOf<>(content.stream().<R>map(mapping).toList(), number, size, totalElements);
    }
}
