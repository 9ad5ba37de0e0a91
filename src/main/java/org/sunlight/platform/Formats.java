package org.sunlight.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How staff screens write sizes, hashes and file types (issue 18, point 4); templates of every module ask
 * {@code ${@formats.size(bytes)}}, {@code ${@formats.shortHash(sha256)}} and {@code ${@formats.media(type)}}.
 */
@Component("formats")
public class Formats {

    private static final String[] UNITS = {"KB", "MB", "GB", "TB"};

    private final MessageSource messages;

    Formats(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * A size in bytes as people read it: below 1 KB in bytes, above in KB, MB, GB (of 1024) to one decimal, the exact
     * count of bytes staying in the page's title for whoever needs it.
     */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        var value = BigDecimal.valueOf(bytes);
        var unit = -1;
        var thousand = BigDecimal.valueOf(1024);
        while (value.compareTo(thousand) >= 0 && unit < UNITS.length - 1) {
            value = value.divide(thousand, 10, RoundingMode.HALF_UP);
            unit++;
        }
        return value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " " + UNITS[unit];
    }

    /** The first twelve hexadecimal digits of a hash, enough to tell files apart by eye; the page copies the whole. */
    public String shortHash(String hash) {
        if (hash == null) {
            return "";
        }
        return hash.length() <= 12 ? hash : hash.substring(0, 12) + "…";
    }

    /** A media type in words: 视频（MP4）, 图片（JPEG）, PDF 文档 … */
    public String media(String mediaType) {
        if (mediaType == null || mediaType.isBlank()) {
            return text("media.other");
        }
        var type = mediaType.toLowerCase(Locale.ROOT);
        var slash = type.indexOf('/');
        var main = slash < 0 ? type : type.substring(0, slash);
        var sub = slash < 0
                ? ""
                : type.substring(slash + 1).replaceFirst(";.*", "").replaceFirst("^x-", "");
        if (type.startsWith("application/pdf")) {
            return text("media.pdf");
        }
        var kind =
                switch (main) {
                    case "video", "audio", "image", "text" -> "media." + main;
                    default -> "media.other";
                };
        return sub.isEmpty() || kind.equals("media.other")
                ? text(kind)
                : text(kind) + "（" + sub.toUpperCase(Locale.ROOT) + "）";
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
