/**
 * The tamper-evident audit log (R7, R8): every act, issue, publication, login and retrieval appended to one Merkle tree
 * in the style of RFC 6962 / RFC 9162, whose heads the product signs with its Ed25519 key; proofs anyone can check, the
 * retrieval log supervisors read, and the verification of everything stored.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {
            "platform",
            "organization",
            "cases",
            "records",
            "catalog",
            "disclosure",
            "evidence",
            "inspection"
        })
package org.sunlight.audit;
