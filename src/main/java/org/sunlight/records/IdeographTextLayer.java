package org.sunlight.records;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Makes the PDF's text layer read as the ideographs that were printed. Noto Sans SC draws 行 and the radical ⾏ with
 * one glyph, and PDFBox names each glyph by its lowest code point, so that without this the PDF would be searched and
 * copied as radicals (⾏政处罚) although it shows 行政处罚. Each radical that shares its glyph with an ideograph is
 * written back as that ideograph in the fonts' ToUnicode maps.
 */
class IdeographTextLayer {

    private static final int RADICALS_FIRST = 0x2E80; // CJK Radicals Supplement, then Kangxi Radicals
    private static final int RADICALS_LAST = 0x2FDF;

    private final Map<Integer, Integer> ideographs;

    /** Learns from the font which radicals share their glyph with an ideograph. */
    IdeographTextLayer(byte[] font) {
        this.ideographs = new HashMap<>();
        try (var ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            var cmap = ttf.getUnicodeCmapLookup();
            for (int code = RADICALS_FIRST; code <= RADICALS_LAST; code++) {
                var radical = code;
                var glyph = cmap.getGlyphId(radical);
                if (glyph <= 0) {
                    continue;
                }
                var codes = cmap.getCharCodes(glyph);
                if (codes == null) {
                    continue;
                }
                codes.stream()
                        .filter(candidate -> !radical(candidate))
                        .findFirst()
                        .ifPresent(ideograph -> ideographs.put(radical, ideograph));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean radical(int codePoint) {
        return codePoint >= RADICALS_FIRST && codePoint <= RADICALS_LAST;
    }

    /** The PDF with its fonts' radicals read as ideographs; the pages are untouched. */
    byte[] repair(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            var changed = false;
            for (var page : document.getPages()) {
                var resources = page.getResources();
                for (var name : resources.getFontNames()) {
                    var font = resources.getFont(name).getCOSObject();
                    if (font.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream toUnicode) {
                        var repaired = repaired(toUnicode, usedCodes(font));
                        if (repaired != null) {
                            var stream = document.getDocument().createCOSStream();
                            try (var out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                                out.write(repaired);
                            }
                            font.setItem(COSName.TO_UNICODE, stream);
                            changed = true;
                        }
                    }
                }
            }
            return changed ? saved(document) : pdf;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The codes a subset font uses, from its CIDSet (one bit per CID, the first the highest of the first byte; the
     * codes of an Identity-H font are its CIDs), or every two-byte code when the font has no CIDSet.
     */
    private static BitSet usedCodes(COSDictionary font) throws IOException {
        var all = new BitSet();
        all.set(0, 0x10000);
        if (!(font.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray descendants)
                || descendants.size() != 1
                || !(descendants.getObject(0) instanceof COSDictionary cidFont)
                || !(cidFont.getDictionaryObject(COSName.FONT_DESC) instanceof COSDictionary descriptor)
                || !(descriptor.getDictionaryObject(COSName.CID_SET) instanceof COSStream cidSet)) {
            return all;
        }
        byte[] bits;
        try (var in = cidSet.createInputStream()) {
            bits = in.readAllBytes();
        }
        var used = new BitSet();
        for (int cid = 0; cid < Math.min(bits.length * 8, 0x10000); cid++) {
            if ((bits[cid / 8] & (0x80 >>> (cid % 8))) != 0) {
                used.set(cid);
            }
        }
        return used;
    }

    /** A new ToUnicode map, or null when the old one names no radical. */
    private byte[] repaired(COSStream toUnicode, BitSet codes) throws IOException {
        org.apache.fontbox.cmap.CMap cmap;
        try (var in = toUnicode.createInputStream()) {
            cmap = new CMapParser().parse(new RandomAccessReadBuffer(in));
        }
        var mappings = new TreeMap<Integer, String>();
        var found = false;
        for (int code = codes.nextSetBit(0); code >= 0; code = codes.nextSetBit(code + 1)) {
            var text = cmap.toUnicode(code, 2);
            if (text == null) {
                continue;
            }
            if (text.codePointCount(0, text.length()) == 1 && ideographs.containsKey(text.codePointAt(0))) {
                text = Character.toString(ideographs.get(text.codePointAt(0)));
                found = true;
            }
            mappings.put(code, text);
        }
        return found ? write(mappings) : null;
    }

    private static byte[] write(TreeMap<Integer, String> mappings) {
        var hex = HexFormat.of().withUpperCase();
        var out = new StringBuilder(
                """
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <0000> <FFFF>
                endcodespacerange
                """);
        var entries = mappings.entrySet().stream().toList();
        for (int from = 0; from < entries.size(); from += 100) {
            var chunk = entries.subList(from, Math.min(from + 100, entries.size()));
            out.append(chunk.size()).append(" beginbfchar\n");
            for (var entry : chunk) {
                out.append('<')
                        .append(hex.toHexDigits((short) entry.getKey().intValue()))
                        .append("> <")
                        .append(hex.formatHex(entry.getValue().getBytes(StandardCharsets.UTF_16BE)))
                        .append(">\n");
            }
            out.append("endbfchar\n");
        }
        out.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] saved(PDDocument document) throws IOException {
        var out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
