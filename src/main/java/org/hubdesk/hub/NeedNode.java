package org.hubdesk.hub;

import java.util.List;

/** A node of a hub's needs codebook with its children, in order. */
public record NeedNode(Need need, List<NeedNode> children) {
}
