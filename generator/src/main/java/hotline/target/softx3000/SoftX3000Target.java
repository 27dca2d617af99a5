package hotline.target.softx3000;

import hotline.plan.Activation;
import hotline.plan.Signalling;
import hotline.plan.SipUri;
import hotline.plan.TrunkGroup;
import hotline.plan.TrunkType;
import hotline.target.huaweimml.Assumptions;
import hotline.target.huaweimml.E1Circuits;
import hotline.target.huaweimml.HuaweiMmlTarget;
import hotline.target.huaweimml.MmlText;
import hotline.target.huaweimml.Numbering;
import java.util.Locale;
import java.util.Map;

/**
 * Huawei SoftX3000 softswitch office data in MML: call source → office direction → sub-route →
 * route → route analysis → trunk group (SIP trunk, ISUP trunk group with 32 CICs per E1, or PRI
 * trunk group) → number change → charging analysis → called-number analysis. Analog lines are
 * reached through an access gateway over a SIP trunk (a representation marked as a guess in the
 * scripts). Templates: {@code templates/huawei-softx3000/}.
 */
public final class SoftX3000Target extends HuaweiMmlTarget {
  /** The trunk media gateway assumed for E1 trunks [guess: value]. */
  static final int TRUNK_GATEWAY = 0;

  @Override
  public String name() {
    return "huawei-softx3000";
  }

  @Override
  public String description() {
    return "Huawei SoftX3000 softswitch (MML): activate, pre-check and rollback; SIP/ISUP/PRI trunks, analog lines via an access gateway";
  }

  @Override
  protected String title() {
    return "Huawei SoftX3000 softswitch";
  }

  @Override
  protected void trunk(Activation a, Map<String, Object> view, Numbering numbering, Assumptions assumptions) {
    TrunkGroup t = a.trunk();
    if (t.type() == TrunkType.ANALOG) {
      view.put("kind", "ag");
      sip(a, t, view);
      return;
    }
    Signalling s = t.signalling().orElseThrow();
    switch (s) {
      case SIP -> {
        view.put("kind", "sip");
        sip(a, t, view);
      }
      case ISUP, PRI -> {
        view.put("kind", s == Signalling.ISUP ? "isup" : "pri");
        view.put("mgw", TRUNK_GATEWAY);
        view.put("e1s", E1Circuits.blocks(numbering.e1s(t.count())));
        assumptions.add("MGW", "MGW=" + TRUNK_GATEWAY, "trunk media gateway (TMG) where the call centers' E1s end. [guess: value and parameter name] Check with LST MGW");
        if (s == Signalling.ISUP) {
          view.put("dsp", numbering.slot(a));
          assumptions.add("N7DSP", "DSP=" + numbering.slot(a), "No.7 destination signalling point of the " + a.id()
              + " call center: its DPC is agreed with the call center and is not in the request. [guess: parameter name] Add it with ADD N7DSP before running");
        }
      }
      default -> throw new IllegalStateException("unknown signalling " + s);
    }
  }

  private static void sip(Activation a, TrunkGroup t, Map<String, Object> view) {
    SipUri gateway = t.gateway().orElseThrow(() -> new IllegalArgumentException(
        "expected trunk.gateway (the SIP address of the call center" + (t.type() == TrunkType.ANALOG ? "'s access gateway" : "") + ") for request " + a.id() + ", but it has none"));
    view.put("osu", MmlText.quoted(gateway.hostPort()));
    view.put("ptype", gateway.transport().toUpperCase(Locale.ROOT));
    view.put("gatewayLine", MmlText.comment(gateway.hostPort() + " over " + gateway.transport().toUpperCase(Locale.ROOT)));
  }
}
