package org.sunlight.audit;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.sunlight.platform.SignedTreeHead;
import org.sunlight.platform.TreeHeads;

/** The newest signed head, for the modules that carry it out of the product. */
@Component
class PublishedTreeHeads implements TreeHeads {

    private final TreeStore tree;

    PublishedTreeHeads(TreeStore tree) {
        this.tree = tree;
    }

    @Override
    public Optional<SignedTreeHead> latest() {
        return tree.latest().map(TreeStore.TreeHead::published);
    }
}
