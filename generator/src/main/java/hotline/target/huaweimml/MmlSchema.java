package hotline.target.huaweimml;

import hotline.target.huaweimml.ObjectRule.Provide;
import hotline.target.huaweimml.ObjectRule.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The object types of Huawei SoftX3000 / C&C08 office data that hotline writes, their keys and
 * the references between them, and the name spaces of objects that only pre-exist (a DN set, the
 * route selection source code of ordinary subscribers, a subscriber line, ...).
 *
 * <p>The chain it encodes: {@code CNACLD} → (RSC) {@code RTANA} → (R) {@code RT} → (SR1) {@code
 * SRT} → (O) {@code OFC}; trunk groups {@code SIPTG}/{@code N7TG}/{@code PRATG} name their sub-route
 * and call source; circuits and IP pairs name their trunk group; {@code CNACLD} names its number
 * change ({@code DNC}) and charging selection code.
 */
public final class MmlSchema {
  /** Every object type hotline's Huawei targets write. */
  public static final MmlSchema HUAWEI = huawei();

  private final Map<String, ObjectRule> objects;
  private final Map<String, List<String>> spaces;

  private MmlSchema(List<ObjectRule> rules, Map<String, List<String>> otherSpaces) {
    Map<String, ObjectRule> o = new LinkedHashMap<>();
    Map<String, List<String>> s = new LinkedHashMap<>(otherSpaces);
    for (ObjectRule r : rules) {
      o.put(r.object(), r);
      s.put(r.object(), r.key());
    }
    this.objects = Map.copyOf(o);
    this.spaces = Map.copyOf(s);
  }

  /** The rule of an object type. */
  public Optional<ObjectRule> object(String name) {
    return Optional.ofNullable(objects.get(name));
  }

  /** The key names of a name space (an object type's own, or a pre-existing kind). */
  public Optional<List<String>> space(String name) {
    return Optional.ofNullable(spaces.get(name));
  }

  private static MmlSchema huawei() {
    Map<String, List<String>> spaces = new LinkedHashMap<>();
    spaces.put("DNSET", List.of("LP"));
    spaces.put("RSSC", List.of("RSSC"));
    spaces.put("RSC", List.of("RSC"));
    spaces.put("TG", List.of("TG"));
    spaces.put("TID", List.of("TID"));
    spaces.put("CHSC", List.of("CHSC"));
    spaces.put("MGW", List.of("MGW"));
    spaces.put("MODULE", List.of("MN"));
    spaces.put("N7DSP", List.of("DSP"));
    spaces.put("ST", List.of("LP", "D"));
    List<Reference> routeSubroutes = new ArrayList<>();
    for (int i = 1; i <= 16; i++) {
      routeSubroutes.add(ref("SRT", "SR" + i));
    }
    List<ObjectRule> rules = List.of(
        rule("CALLSRC", List.of("CSC"), List.of(), ref("DNSET", "LP"), ref("RSSC", "RSSC")),
        rule("OFC", List.of("O"), List.of()),
        rule("SRT", List.of("SRC"), List.of(), ref("OFC", "O")),
        new ObjectRule("RT", List.of("R"), List.of(), routeSubroutes),
        rule("RTANA", List.of("RSC", "RSSC"), List.of(provide("RSC", "RSC")), ref("RT", "R"), ref("RSSC", "RSSC")),
        rule("SIPTG", List.of("TG"), List.of(provide("TG", "TG")), ref("CALLSRC", "CSC"), ref("SRT", "SRT")),
        rule("SIPIPPAIR", List.of("TG"), List.of(), ref("SIPTG", "TG")),
        rule("N7TG", List.of("TG"), List.of(provide("TG", "TG")),
            ref("CALLSRC", "CSC"), ref("SRT", "SRT"), ref("N7DSP", "DSP"), ref("MGW", "MGW"), ref("MODULE", "MN")),
        rule("N7TKC", List.of("TG", "SCIC"), List.of(provide("TID", "TID")), ref("N7TG", "TG")),
        rule("PRATG", List.of("TG"), List.of(provide("TG", "TG")),
            ref("CALLSRC", "CSC"), ref("SRT", "SRT"), ref("MGW", "MGW"), ref("MODULE", "MN")),
        rule("PRATKC", List.of("TG", "SC"), List.of(provide("TID", "TID")), ref("PRATG", "TG")),
        rule("DNC", List.of("DCX"), List.of()),
        rule("CHGANA", List.of("CHSC"), List.of(provide("CHSC", "CHSC")), ref("CHSC", "BASE")),
        rule("PBXGRP", List.of("PGN"), List.of(), new Reference(List.of("LP", "PILOT"), "ST", Optional.empty())),
        rule("PBXLINE", List.of("PGN", "LP", "D"), List.of(), ref("PBXGRP", "PGN"), new Reference(List.of("LP", "D"), "ST", Optional.empty())),
        rule("CNACLD", List.of("LP", "PFX"), List.of(),
            ref("DNSET", "LP"), ref("RSC", "RSC"), new Reference(List.of("CHSC"), "CHSC", Optional.of("65535")), ref("DNC", "DCX")));
    return new MmlSchema(rules, spaces);
  }

  private static ObjectRule rule(String object, List<String> key, List<Provide> provides, Reference... refs) {
    return new ObjectRule(object, key, provides, Arrays.asList(refs));
  }

  private static Provide provide(String space, String param) {
    return new Provide(space, List.of(param));
  }

  private static Reference ref(String space, String param) {
    return new Reference(List.of(param), space, Optional.empty());
  }
}
