package hotline.target.cc08;

import hotline.number.PhoneNumber;
import hotline.plan.Activation;
import hotline.plan.Signalling;
import hotline.plan.TrunkGroup;
import hotline.plan.TrunkType;
import hotline.target.huaweimml.Assumptions;
import hotline.target.huaweimml.E1Circuits;
import hotline.target.huaweimml.HuaweiMmlTarget;
import hotline.target.huaweimml.MmlText;
import hotline.target.huaweimml.Numbering;
import hotline.target.huaweimml.RequestView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Huawei C&C08 TDM local exchange office data in MML. Analog lines are subscriber lines of the
 * exchange in a hunt group under the pilot: the service code is changed into the pilot and
 * analysed again. Digital trunks are E1 circuits (ISUP with 32 CICs per E1, or PRI); a request
 * for SIP signalling gets ISUP E1s toward a SIP gateway, since the exchange has no SIP (marked as a
 * guess). A call center of another local network (remote seats) on analog lines is reached by
 * changing the code into its national number, routed by the existing toll analysis. Templates:
 * {@code templates/huawei-cc08/}.
 */
public final class Cc08Target extends HuaweiMmlTarget {
  /** The trunk module assumed for E1 trunks [guess: value]. */
  static final int TRUNK_MODULE = 1;

  @Override
  public String name() {
    return "huawei-cc08";
  }

  @Override
  public String description() {
    return "Huawei C&C08 TDM exchange (MML): activate, pre-check and rollback; hunt groups of subscriber lines, ISUP/PRI E1 trunks";
  }

  @Override
  protected String title() {
    return "Huawei C&C08 local exchange";
  }

  @Override
  protected void trunk(Activation a, Map<String, Object> view, Numbering numbering, Assumptions assumptions) {
    TrunkGroup t = a.trunk();
    int lp = numbering.dnSet(a);
    if (t.type() == TrunkType.ANALOG && RequestView.remote(a)) {
      PhoneNumber bound = a.numberChange().boundNumber();
      view.put("kind", "toll");
      view.put("tollPfx", MmlText.digits(bound.area().digits()));
      assumptions.add("CNACLD", "LP=" + lp + ", PFX=" + MmlText.digits(bound.area().digits()),
          "toll analysis toward " + bound.area().digits() + " in the callers' DN set, which routes the changed number " + bound.national()
              + " to the remote call center. [guess: prefix] Check with LST CNACLD");
      return;
    }
    if (t.type() == TrunkType.ANALOG) {
      view.put("kind", "lines");
      view.put("csa", "LCO");
      List<Map<String, Object>> members = new ArrayList<>();
      int seq = 0;
      for (PhoneNumber line : a.huntGroup().lines()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", seq++);
        m.put("d", MmlText.digits(line.local()));
        m.put("display", line.display());
        members.add(m);
        assumptions.add("ST", "LP=" + lp + ", D=" + MmlText.digits(line.local()),
            "the call center's line " + line.display() + ", a subscriber of this exchange. [guess: object name] Check with LST ST");
      }
      view.put("members", members);
      view.put("pilot", MmlText.digits(a.huntGroup().pilot().local()));
      return;
    }
    Signalling s = t.signalling().orElseThrow();
    view.put("kind", s == Signalling.PRI ? "pri" : "isup");
    view.put("viaSipGateway", s == Signalling.SIP);
    view.put("mn", TRUNK_MODULE);
    view.put("e1s", E1Circuits.blocks(numbering.e1s(t.count())));
    assumptions.add("MODULE", "MN=" + TRUNK_MODULE, "trunk module where the call centers' E1s end. [guess: value] Check with LST MODULE (or your version's module list)");
    if (s != Signalling.PRI) {
      view.put("dsp", numbering.slot(a));
      assumptions.add("N7DSP", "DSP=" + numbering.slot(a), "No.7 destination signalling point of the " + a.id()
          + (s == Signalling.SIP ? " SIP gateway" : " call center") + ": its DPC is agreed with the peer and is not in the request. [guess: parameter name] Add it with ADD N7DSP before running");
    }
  }
}
