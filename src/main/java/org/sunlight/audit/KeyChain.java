package org.sunlight.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The product's signing keys, each with how it came to be trusted: the keys of the key directory, and every successor
 * that a trusted key's closing head vouches for with a handover signature the key made ({@link SigningKey#handoverBytes}).
 * A successor named by a handover that does not verify is listed as {@link Vouching#UNVOUCHED} and signs nothing
 * that verifies. A key retired before keys vouched for their successors (its retirement in the key directory names no
 * successor) is followed by a {@link Vouching#GRANDFATHERED} key.
 */
final class KeyChain {

    /** How a key came to be one of the product's. */
    enum Vouching {
        /** The first key: nothing before it to vouch. */
        FIRST,
        /** Its predecessor's closing head vouches for it. */
        VOUCHED,
        /** Its predecessor was retired before keys vouched for their successors. */
        GRANDFATHERED,
        /** A closing head names it, but with a handover signature its predecessor did not make: not trusted. */
        UNVOUCHED
    }

    /**
     * A key and its place in the chain.
     *
     * @param retired whether it signs no more: retired in the key directory, or its closing head vouches for a successor
     * @param lastHead its last head, once retired (null: it signs, or was retired without signing)
     * @param retiredAtMs when it was retired (null: it was not, or the key directory does not say yet)
     * @param vouchedBy the key whose closing head names it (null: none)
     * @param closing its closing head, with the handover to its successor (null: none)
     */
    record Link(
            SigningKey.Key key,
            boolean retired,
            SigningKey.LastHead lastHead,
            Long retiredAtMs,
            Vouching vouching,
            String vouchedBy,
            TreeStore.TreeHead closing) {

        boolean trusted() {
            return vouching != Vouching.UNVOUCHED;
        }

        /** Whether a head of this key is one it cannot have signed: after its last head. */
        boolean after(long treeSize, long timestampMs) {
            return retired
                    && (lastHead == null || treeSize > lastHead.treeSize() || timestampMs > lastHead.timestampMs());
        }
    }

    /**
     * A break in the chain.
     *
     * @param treeSize the closing head whose handover {@code keyId} did not sign, or signed before heads it signed
     *     after; null: the key directory retired {@code keyId} naming {@code successorId}, and no closing head of the
     *     log vouches for it
     * @param signedPast the handover is {@code keyId}'s own, but the key signed heads past it: the closing head of a
     *     rotation that never committed, put back into the database (a rolled-back rotation leaves no row)
     */
    record Break(String keyId, String successorId, Long treeSize, boolean signedPast) {

        Break(String keyId, String successorId, Long treeSize) {
            this(keyId, successorId, treeSize, false);
        }
    }

    private final Map<String, Link> links;
    private final List<Break> problems;

    private KeyChain(Map<String, Link> links, List<Break> problems) {
        this.links = links;
        this.problems = problems;
    }

    /**
     * The chain from the key directory and the closing heads stored.
     *
     * @param handovers every closing head with a handover, smallest tree first
     * @param newestHeadOf how far a key has signed ({@link TreeStore#newestHeadOf})
     */
    static KeyChain of(
            SigningKey.Keys keys,
            List<TreeStore.TreeHead> handovers,
            Function<String, Optional<SigningKey.LastHead>> newestHeadOf) {
        var links = new LinkedHashMap<String, Link>();
        var problems = new ArrayList<Break>();
        String previous = null;
        boolean previousGrandfathered = false;
        var inDirectory = new ArrayList<SigningKey.Key>();
        keys.retired().forEach(r -> inDirectory.add(r.key()));
        inDirectory.add(keys.current());
        for (var key : inDirectory) {
            var retirement = keys.retirement(key.keyId());
            var vouching = previous == null
                    ? Vouching.FIRST
                    : previousGrandfathered ? Vouching.GRANDFATHERED : Vouching.VOUCHED;
            links.put(
                    key.keyId(),
                    new Link(
                            key,
                            retirement.isPresent(),
                            retirement.map(SigningKey.Retired::lastHead).orElse(null),
                            retirement.map(SigningKey.Retired::retiredAtMs).orElse(null),
                            vouching,
                            vouching == Vouching.VOUCHED ? previous : null,
                            null));
            previous = key.keyId();
            previousGrandfathered = retirement.isPresent() && retirement.get().successor() == null;
        }
        // the closing heads, in the order of the tree: each trusted key's first valid one retires it and vouches for
        // its successor (which, in the moment between a rotation's commit and its key files, only the database names)
        for (var closing : handovers) {
            var by = links.get(closing.keyId());
            var successor = SigningKey.Key.of(closing.successorSpki());
            if (by == null || !by.trusted() || !by.key().vouchesIn(closing)) {
                problems.add(new Break(closing.keyId(), successor.keyId(), closing.treeSize()));
                links.putIfAbsent(
                        successor.keyId(),
                        new Link(successor, false, null, null, Vouching.UNVOUCHED, closing.keyId(), null));
                continue;
            }
            if (by.closing() != null) {
                continue;
            }
            if (signedPast(newestHeadOf.apply(by.key().keyId()), closing)) {
                // a key's closing head is its last: one it signed past never retired it
                problems.add(new Break(closing.keyId(), successor.keyId(), closing.treeSize(), true));
                links.putIfAbsent(
                        successor.keyId(),
                        new Link(successor, false, null, null, Vouching.UNVOUCHED, closing.keyId(), null));
                continue;
            }
            var last = new SigningKey.LastHead(closing.treeSize(), closing.timestampMs());
            links.put(
                    by.key().keyId(),
                    new Link(
                            by.key(),
                            true,
                            by.retired() ? by.lastHead() : last,
                            by.retiredAtMs(),
                            by.vouching(),
                            by.vouchedBy(),
                            closing));
            var known = links.get(successor.keyId());
            links.put(
                    successor.keyId(),
                    known == null || !known.trusted()
                            ? new Link(
                                    successor,
                                    false,
                                    null,
                                    null,
                                    Vouching.VOUCHED,
                                    by.key().keyId(),
                                    null)
                            : new Link(
                                    known.key(),
                                    known.retired(),
                                    known.lastHead(),
                                    known.retiredAtMs(),
                                    Vouching.VOUCHED,
                                    by.key().keyId(),
                                    known.closing()));
        }
        // a key the key directory retired naming its successor must have its closing head in the log
        for (var retired : keys.retired()) {
            var link = links.get(retired.key().keyId());
            if (retired.successor() != null
                    && (link.closing() == null
                            || !SigningKey.id(link.closing().successorSpki()).equals(retired.successor()))) {
                problems.add(new Break(retired.key().keyId(), retired.successor(), null));
            }
        }
        return new KeyChain(links, problems);
    }

    /** Whether the key signed a head past its closing head: a larger tree, or later. */
    static boolean signedPast(Optional<SigningKey.LastHead> newest, TreeStore.TreeHead closing) {
        return newest.filter(head -> head.treeSize() > closing.treeSize() || head.timestampMs() > closing.timestampMs())
                .isPresent();
    }

    /** Every key, in the order they signed (the key directory's, then those only the database names). */
    List<Link> links() {
        return List.copyOf(links.values());
    }

    /** A trusted key by its id. */
    Optional<Link> trusted(String keyId) {
        return Optional.ofNullable(links.get(keyId)).filter(Link::trusted);
    }

    Optional<Link> link(String keyId) {
        return Optional.ofNullable(links.get(keyId));
    }

    /** Whether the head was signed by a trusted key of the product that may have signed it: not after its last head. */
    boolean verifies(TreeStore.TreeHead head) {
        return trusted(head.keyId())
                .filter(link -> !link.after(head.treeSize(), head.timestampMs()))
                .map(link ->
                        link.key().verifies(head.treeSize(), head.rootHash(), head.timestampMs(), head.signature()))
                .orElse(false);
    }

    /** Where the chain is broken: handovers a key did not sign, retirements whose closing head is not in the log. */
    List<Break> problems() {
        return problems;
    }
}
