package hotline.target.huaweimml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The circuits of a trunk group's E1s, as operator scripts provision them [seen]: one block of 32
 * CICs per E1 ({@code SCIC=0, ECIC=31}, then 32-63, ...), each E1 at 32 terminations from {@code
 * E1 number × 32} on the gateway or module [seen on MSoftX3000; guess here]. Timeslot 0 (framing)
 * and 16 (signalling, or the PRI D channel) keep their numbers but carry no speech: 30 channels.
 */
public final class E1Circuits {
  private E1Circuits() {}

  /** One model entry per E1: {@code ordinal, e1, scic, ecic, tid, tidEnd}. */
  public static List<Map<String, Object>> blocks(List<Integer> e1s) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < e1s.size(); i++) {
      int e1 = e1s.get(i);
      out.add(Map.of("ordinal", i + 1, "e1", e1, "scic", i * 32, "ecic", i * 32 + 31, "tid", e1 * 32, "tidEnd", e1 * 32 + 31));
    }
    return out;
  }
}
