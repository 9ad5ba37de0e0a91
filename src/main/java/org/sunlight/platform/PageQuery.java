package org.sunlight.platform;

/**
 * Which page of a list is asked for, kept within sane bounds whatever the request says.
 *
 * @param number the page, counted from 0
 */
public record PageQuery(int number, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public static PageQuery of(Integer number, Integer size) {
        int n = number == null || number < 0 ? 0 : number;
        int s = size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        return new PageQuery(n, s);
    }

    public long offset() {
        return (long) number * size;
    }
}
