package org.sunlight.archive;

/** The names inside a case file, shared by the builder and the verifier. */
final class CaseFileLayout {

    static final String MANIFEST = "manifest.json";
    static final String MANIFEST_HASH = "manifest.sha256";
    static final String ENTRIES = "audit/entries.jsonl";
    static final String PROOFS = "audit/proofs.json";
    static final String TREE_HEAD = "audit/tree-head.json";
    static final String PUBLIC_KEY = "audit/public-key.pem";

    private CaseFileLayout() {}
}
