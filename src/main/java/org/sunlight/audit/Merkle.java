package org.sunlight.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Merkle tree hash of RFC 6962 §2.1 / RFC 9162 §2.1: leaf hash SHA-256(0x00 ‖ leaf), node hash SHA-256(0x01 ‖ left
 * ‖ right), and the inclusion and consistency proofs, composed from the hashes of complete subtrees.
 */
final class Merkle {

    /** The hashes of complete subtrees: level 0 are leaf hashes, level L covers leaves [index·2^L, (index+1)·2^L). */
    interface Nodes {
        byte[] node(int level, long index);
    }

    /** One digest per thread for leaf and node hashes, kept: looking one up for each entry appended cost more than it hashed. */
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(Merkle::sha256);

    private Merkle() {}

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] leafHash(byte[] leaf) {
        var digest = DIGEST.get();
        digest.reset();
        digest.update((byte) 0);
        return digest.digest(leaf);
    }

    static byte[] nodeHash(byte[] left, byte[] right) {
        return nodeHash(DIGEST.get(), left, right);
    }

    static byte[] nodeHash(MessageDigest digest, byte[] left, byte[] right) {
        digest.reset();
        digest.update((byte) 1);
        digest.update(left);
        return digest.digest(right);
    }

    static byte[] emptyRoot() {
        return sha256().digest(new byte[0]);
    }

    /** The largest power of two smaller than n (n > 1). */
    static long split(long n) {
        return Long.highestOneBit(n - 1);
    }

    /** MTH(D[start : start + n]). */
    static byte[] hash(Nodes nodes, long start, long n) {
        if (n == 0) {
            return emptyRoot();
        }
        if (Long.bitCount(n) == 1 && start % n == 0) {
            return nodes.node(Long.numberOfTrailingZeros(n), start / n);
        }
        long k = split(n);
        return nodeHash(hash(nodes, start, k), hash(nodes, start + k, n - k));
    }

    /** PATH(m, D[n]): the audit path of leaf m in the tree of the first n leaves, leaf side first. */
    static List<byte[]> inclusion(Nodes nodes, long m, long n) {
        if (m < 0 || m >= n) {
            throw new IllegalArgumentException("leaf " + m + " is not in a tree of " + n);
        }
        var path = new ArrayList<byte[]>();
        path(nodes, m, 0, n, path);
        return path;
    }

    private static void path(Nodes nodes, long m, long start, long n, List<byte[]> out) {
        if (n == 1) {
            return;
        }
        long k = split(n);
        if (m < k) {
            path(nodes, m, start, k, out);
            out.add(hash(nodes, start + k, n - k));
        } else {
            path(nodes, m - k, start + k, n - k, out);
            out.add(hash(nodes, start, k));
        }
    }

    /** PROOF(m, D[n]): that the tree of the first m leaves is a prefix of the tree of the first n. */
    /**
     * Whether the audit path proves the leaf hash at the index in the tree of the given size and root (RFC 9162
     * 2.1.3.2).
     */
    static boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        var r = leafHash;
        for (var sibling : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(sibling, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = nodeHash(r, sibling);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && java.util.Arrays.equals(r, root);
    }

    static List<byte[]> consistency(Nodes nodes, long m, long n) {
        if (m < 0 || m > n) {
            throw new IllegalArgumentException("no consistency from " + m + " to " + n);
        }
        var proof = new ArrayList<byte[]>();
        if (m > 0 && m < n) {
            subproof(nodes, m, 0, n, true, proof);
        }
        return proof;
    }

    private static void subproof(Nodes nodes, long m, long start, long n, boolean complete, List<byte[]> out) {
        if (m == n) {
            if (!complete) {
                out.add(hash(nodes, start, n));
            }
            return;
        }
        long k = split(n);
        if (m <= k) {
            subproof(nodes, m, start, k, complete, out);
            out.add(hash(nodes, start + k, n - k));
        } else {
            subproof(nodes, m - k, start + k, n - k, false, out);
            out.add(hash(nodes, start, k));
        }
    }

    /**
     * The right edge of a growing tree: the roots of its complete subtrees, largest first. Gives the root of the tree
     * of every size it passes through, in O(log n), without keeping the leaves.
     */
    static final class Frontier {

        private final MessageDigest digest = sha256();
        private final byte[][] hashes = new byte[64][];
        private int count;
        private long size;

        void add(byte[] leafHash) {
            var hash = leafHash;
            long s = size;
            while ((s & 1) == 1) {
                hash = nodeHash(digest, hashes[--count], hash);
                s >>= 1;
            }
            hashes[count++] = hash;
            size++;
        }

        long size() {
            return size;
        }

        byte[] root() {
            if (count == 0) {
                return emptyRoot();
            }
            var root = hashes[count - 1];
            for (int i = count - 2; i >= 0; i--) {
                root = nodeHash(digest, hashes[i], root);
            }
            return root;
        }
    }
}
