package org.rostra.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A character trie (the automaton of every KB name, title and demonym) over normalised
 * characters. Edges live in one open-addressing hash table keyed by (node, char), so the
 * whole index is a few flat arrays. Immutable after {@link Builder#build()}; thread-safe.
 */
final class CharTrie {
  /** Returned by {@link #step} when there is no edge. */
  static final int NONE = -1;

  private final long[] keys;
  private final int[] targets;
  private final int mask;
  private final int[] payload;
  private final int nodes;

  private CharTrie(long[] keys, int[] targets, int[] payload, int nodes) {
    this.keys = keys;
    this.targets = targets;
    this.mask = keys.length - 1;
    this.payload = payload;
    this.nodes = nodes;
  }

  /** The root node. */
  int root() {
    return 0;
  }

  /** The number of nodes. */
  int size() {
    return nodes;
  }

  /** The child of {@code node} by the normalised char {@code c}, or {@link #NONE}. */
  int step(int node, char c) {
    long key = ((long) node << 16) | c;
    int h = mix(key) & mask;
    while (true) {
      long k = keys[h];
      if (k == key) {
        return targets[h];
      }
      if (k == -1L) {
        return NONE;
      }
      h = (h + 1) & mask;
    }
  }

  /** The payload of a node that ends a key, or -1. */
  int payload(int node) {
    return payload[node];
  }

  /**
   * Normalises one char for matching: lower case, typographic apostrophes and quotes to ASCII,
   * dashes to {@code -}, every space to {@code ' '}.
   */
  static char norm(char c) {
    if (c < 128) {
      if (c >= 'A' && c <= 'Z') {
        return (char) (c + 32);
      }
      if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B) {
        return ' ';
      }
      if (c == '`') {
        return '\'';
      }
      return c;
    }
    switch (c) {
      case '\u2018':
      case '\u2019':
      case '\u201B':
      case '\u00B4':
      case '\u02BC':
        return '\'';
      case '\u201C':
      case '\u201D':
      case '\u201E':
        return '"';
      case '\u2010':
      case '\u2011':
      case '\u2012':
      case '\u2013':
      case '\u2014':
        return '-';
      case '\u00A0':
      case '\u2007':
      case '\u202F':
      case '\u2009':
        return ' ';
      default:
        return Character.isWhitespace(c) ? ' ' : Character.toLowerCase(c);
    }
  }

  /** Normalises a whole key: {@link #norm} per char, space runs collapsed, trimmed. */
  static String normKey(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = norm(s.charAt(i));
      if (c == ' ') {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29));
  }

  /** Builds a trie; not thread-safe. */
  static final class Builder {
    private final List<long[]> edges = new ArrayList<>();
    /** Open addressing, edge key to target node (no boxing: the build is on every load). */
    private long[] keys = newKeys(1 << 12);
    private int[] targets = new int[1 << 12];
    private int size;
    private int[] payload = new int[1024];
    private int nodes = 1;

    Builder() {
      Arrays.fill(payload, -1);
    }

    /** Adds a normalised key (see {@link #normKey}) with a payload; returns its end node. */
    int add(String key, int value) {
      int node = 0;
      for (int i = 0; i < key.length(); i++) {
        long k = ((long) node << 16) | key.charAt(i);
        int next = find(k);
        if (next < 0) {
          next = nodes++;
          put(k, next);
          edges.add(new long[] {k, next});
          if (nodes > payload.length) {
            int old = payload.length;
            payload = Arrays.copyOf(payload, old * 2);
            Arrays.fill(payload, old, payload.length, -1);
          }
        }
        node = next;
      }
      payload[node] = value;
      return node;
    }

    /** The payload at the end of a key, or -1. */
    int get(String key) {
      int node = 0;
      for (int i = 0; i < key.length(); i++) {
        int next = find(((long) node << 16) | key.charAt(i));
        if (next < 0) {
          return -1;
        }
        node = next;
      }
      return payload[node];
    }

    private static long[] newKeys(int cap) {
      long[] k = new long[cap];
      Arrays.fill(k, -1L);
      return k;
    }

    private int find(long k) {
      int mask = keys.length - 1;
      for (int h = mix(k) & mask; ; h = (h + 1) & mask) {
        if (keys[h] == k) {
          return targets[h];
        }
        if (keys[h] == -1L) {
          return -1;
        }
      }
    }

    private void put(long k, int target) {
      if (2 * (size + 1) > keys.length) {
        long[] oldKeys = keys;
        int[] oldTargets = targets;
        keys = newKeys(oldKeys.length * 2);
        targets = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
          if (oldKeys[i] != -1L) {
            put(oldKeys[i], oldTargets[i]);
          }
        }
      }
      int mask = keys.length - 1;
      int h = mix(k) & mask;
      while (keys[h] != -1L) {
        h = (h + 1) & mask;
      }
      keys[h] = k;
      targets[h] = target;
      size++;
    }

    CharTrie build() {
      int cap = Integer.highestOneBit(Math.max(4, edges.size() * 2 + 2) - 1) << 1;
      long[] keys = new long[cap];
      int[] targets = new int[cap];
      Arrays.fill(keys, -1L);
      int mask = cap - 1;
      for (long[] e : edges) {
        int h = mix(e[0]) & mask;
        while (keys[h] != -1L) {
          h = (h + 1) & mask;
        }
        keys[h] = e[0];
        targets[h] = (int) e[1];
      }
      return new CharTrie(keys, targets, Arrays.copyOf(payload, nodes), nodes);
    }
  }
}
