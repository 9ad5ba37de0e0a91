package org.sunlight.audit;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;

/**
 * An independent RFC 9162 verifier for the tests, written from the RFC's algorithms (§2.1.1 tree hash, §2.1.3.2
 * inclusion verification, §2.1.4.2 consistency verification), sharing no code with the product.
 */
final class Rfc9162 {

    private Rfc9162() {}

    static byte[] sha256(byte[]... parts) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            for (var part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] leaf(byte[] data) {
        return sha256(new byte[] {0}, data);
    }

    static byte[] node(byte[] left, byte[] right) {
        return sha256(new byte[] {1}, left, right);
    }

    /** MTH over leaf hashes, straight from the definition. */
    static byte[] root(List<byte[]> leafHashes) {
        int n = leafHashes.size();
        if (n == 0) {
            return sha256();
        }
        if (n == 1) {
            return leafHashes.get(0);
        }
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return node(root(leafHashes.subList(0, k)), root(leafHashes.subList(k, n)));
    }

    static boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> path, byte[] root) {
        if (index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        var r = leafHash;
        for (var p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = node(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** RFC 9162 §2.1.4.2, as the {@code monitor} command checks it. */
    static boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof) {
        return TreeHeadMonitor.consistent(first, second, firstRoot, secondRoot, proof);
    }
}
