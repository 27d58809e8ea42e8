package eu.lac.alliance.domain.actionitem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An item with its sub-items: the tree a dialogue's items form, built once from a flat,
 * ordered list read in one statement.
 */
public record ItemNode(ItemLine item, List<ItemNode> children) {

	/**
	 * The trees of {@code lines} in their order: an item whose parent is not among them
	 * is a root.
	 */
	public static List<ItemNode> forest(List<ItemLine> lines) {
		Map<Long, ItemNode> nodes = new LinkedHashMap<>();
		for (ItemLine line : lines) {
			nodes.put(line.id(), new ItemNode(line, new ArrayList<>()));
		}
		List<ItemNode> roots = new ArrayList<>();
		for (ItemNode node : nodes.values()) {
			ItemNode parent = node.item().parentId() == null ? null : nodes.get(node.item().parentId());
			if (parent == null) {
				roots.add(node);
			}
			else {
				parent.children().add(node);
			}
		}
		return roots;
	}

	public boolean hasChildren() {
		return !children.isEmpty();
	}

}
