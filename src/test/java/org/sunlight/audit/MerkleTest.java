package org.sunlight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The product's Merkle tree, composed from stored complete-subtree hashes, against the RFC 9162 definitions computed
 * independently in {@link Rfc9162}: roots, inclusion proofs and consistency proofs for trees of every size.
 */
class MerkleTest {

    /** The nodes the product stores, computed here from the definition (a complete subtree's MTH). */
    private static Merkle.Nodes nodesOf(List<byte[]> leaves) {
        return (level, index) -> {
            int width = 1 << level;
            int start = (int) index * width;
            if (start + width > leaves.size()) {
                throw new AssertionError("asked for an incomplete subtree " + level + "/" + index);
            }
            return Rfc9162.root(leaves.subList(start, start + width));
        };
    }

    private static List<byte[]> leaves(int n, int seed) {
        var leaves = new ArrayList<byte[]>();
        for (int i = 0; i < n; i++) {
            leaves.add(Rfc9162.leaf(("entry " + seed + "/" + i).getBytes(StandardCharsets.UTF_8)));
        }
        return leaves;
    }

    @Property(tries = 200)
    void rootsAndInclusionProofsVerify(@ForAll @IntRange(min = 1, max = 300) int size, @ForAll int seed) {
        var leaves = leaves(size, seed);
        var nodes = nodesOf(leaves);
        var root = Rfc9162.root(leaves);
        assertThat(Merkle.hash(nodes, 0, size)).isEqualTo(root);
        for (int m = 0; m < size; m++) {
            var path = Merkle.inclusion(nodes, m, size);
            assertThat(Rfc9162.verifyInclusion(m, size, leaves.get(m), path, root))
                    .as("leaf %d of %d", m, size)
                    .isTrue();
            assertThat(Rfc9162.verifyInclusion(m, size, leaves.get((m + 1) % size), path, root))
                    .as("another leaf must not verify at %d of %d", m, size)
                    .isEqualTo(size == 1);
        }
    }

    @Property(tries = 200)
    void consistencyProofsVerify(
            @ForAll @IntRange(min = 1, max = 300) int second, @ForAll @IntRange(min = 0, max = 300) int first) {
        int m = Math.min(first, second);
        var leaves = leaves(second, 7);
        var nodes = nodesOf(leaves);
        var proof = Merkle.consistency(nodes, m, second);
        var firstRoot = Rfc9162.root(leaves.subList(0, m));
        var secondRoot = Rfc9162.root(leaves);
        assertThat(Rfc9162.verifyConsistency(m, second, firstRoot, secondRoot, proof))
                .as("%d → %d", m, second)
                .isTrue();
        if (m > 0 && m < second) {
            var forged = new ArrayList<>(leaves);
            forged.set(0, Rfc9162.leaf("forged".getBytes(StandardCharsets.UTF_8)));
            assertThat(Rfc9162.verifyConsistency(m, second, Rfc9162.root(forged.subList(0, m)), secondRoot, proof))
                    .isFalse();
        }
    }

    @Property(tries = 50)
    void theFrontierGivesTheRootOfEverySize(@ForAll @IntRange(min = 0, max = 600) int size) {
        var leaves = leaves(size, 3);
        var frontier = new Merkle.Frontier();
        assertThat(frontier.root()).isEqualTo(Rfc9162.root(List.of()));
        for (int i = 0; i < size; i++) {
            frontier.add(leaves.get(i));
            assertThat(frontier.root()).isEqualTo(Rfc9162.root(leaves.subList(0, i + 1)));
        }
    }

    @Property(tries = 100)
    void canonicalLeafBytesAreStable(@ForAll String actor, @ForAll String detail) throws Exception {
        var at = java.time.Instant.parse("2026-03-01T08:00:00.123456789Z");
        var leaf = new LeafData("LOGIN", at, actor, "127.0.0.1", "account", actor, null, null, detail);
        var text = new String(leaf.canonical(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\"v\":1,\"kind\":\"LOGIN\",\"at\":\"2026-03-01T08:00:00.123456Z\",");
        var parsed = new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        assertThat(parsed.get("actor").asText()).isEqualTo(actor);
        assertThat(parsed.get("detail").asText()).isEqualTo(detail);
        assertThat(leaf.leafHash()).isEqualTo(Rfc9162.leaf(leaf.canonical()));
    }
}
