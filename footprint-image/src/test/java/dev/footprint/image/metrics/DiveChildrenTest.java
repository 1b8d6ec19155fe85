package dev.footprint.image.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DiveChildrenTest {

  /** Sorted, shuffled and reversed insert orders (array and tree-map modes) agree with a TreeMap. */
  @Test
  void keepsNameOrderWhateverTheInsertOrder() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      names.add("f" + i);
    }
    List<List<String>> orders = new ArrayList<>();
    List<String> sorted = new ArrayList<>(names);
    Collections.sort(sorted);
    orders.add(sorted);
    List<String> shuffled = new ArrayList<>(names);
    Collections.shuffle(shuffled, new Random(7));
    orders.add(shuffled);
    List<String> reversed = new ArrayList<>(sorted);
    Collections.reverse(reversed);
    orders.add(reversed);
    List<String> smallShuffled = new ArrayList<>(names.subList(0, 20));
    Collections.shuffle(smallShuffled, new Random(3));
    orders.add(smallShuffled);
    for (List<String> order : orders) {
      DiveChildren children = new DiveChildren();
      TreeMap<String, DiveTree.Node> expected = new TreeMap<>();
      DiveTree.Node parent = new DiveTree.Node("", null);
      for (String n : order) {
        DiveTree.Node node = new DiveTree.Node(n, parent);
        children.put(n, node);
        expected.put(n, node);
      }
      DiveTree.Node again = new DiveTree.Node(order.get(0), parent);
      children.put(order.get(0), again); // a duplicate replaces
      expected.put(order.get(0), again);
      children.remove(order.get(1));
      expected.remove(order.get(1));
      children.remove("absent");
      assertThat(new ArrayList<>(children.values())).containsExactlyElementsOf(expected.values());
      assertThat(children.get(order.get(0))).isSameAs(again);
      assertThat(children.get(order.get(1))).isNull();
      assertThat(children.isEmpty()).isFalse();
    }
  }
}
