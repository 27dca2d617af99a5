package hotline.sipp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Whether a load generator (a SIPp process, or the JVM of the JAIN-SIP engine) kept up, so that
 * failures are blamed on the right side: a generator that used its whole CPU, whose scheduler
 * fell behind (SIPp's watchdog, late paced calls), or a machine with no idle time left measures
 * itself, not the switch. Retransmissions alone point at the switch; with a saturated generator
 * they are the generator's own.
 *
 * @param generator what was watched: "sipp caller guangzhou", "jain-sip engine"
 * @param cpu its CPU use
 * @param cpuCapacityPercent what "all of it" is: 100 for single-threaded SIPp, 100 × cores for a
 *     JVM
 * @param retransmissions messages it had to send again, when the generator counts them (SIPp does;
 *     the JAIN-SIP stack does not tell)
 * @param watchdogTrips SIPp watchdog trips (minor + major) or the JAIN engine's late pacing ticks
 * @param messages the watchdog or overload messages seen, at most a few
 */
public record GeneratorHealth(String generator, CpuWatch.CpuReport cpu, double cpuCapacityPercent, OptionalLong retransmissions, long watchdogTrips, List<String> messages) {
  /** A generator above this share of its CPU capacity in its busiest interval is saturated. */
  public static final double SATURATED_SHARE = 0.9;
  /** A machine busier than this (percent of all cores) leaves no headroom to measure anything. */
  public static final double MACHINE_SATURATED_PERCENT = 95;

  public GeneratorHealth {
    Objects.requireNonNull(generator, "generator");
    Objects.requireNonNull(cpu, "cpu");
    Objects.requireNonNull(retransmissions, "retransmissions");
    if (cpuCapacityPercent <= 0) {
      throw new IllegalArgumentException("expected a CPU capacity > 0 %, but got " + cpuCapacityPercent);
    }
    messages = List.copyOf(messages);
  }

  /** Whether the generator itself was the bottleneck. */
  public boolean saturated() {
    return cpu.peakPercent() >= SATURATED_SHARE * cpuCapacityPercent || watchdogTrips > 0;
  }

  /** Whether the whole machine was out of CPU (other builds, the switch, the generators). */
  public boolean machineSaturated() {
    return cpu.machinePeakBusyPercent() >= MACHINE_SATURATED_PERCENT;
  }

  /** Plain-words findings about the generator (not the machine); empty when it was healthy. */
  public List<String> findings() {
    List<String> findings = new ArrayList<>();
    if (cpu.peakPercent() >= SATURATED_SHARE * cpuCapacityPercent) {
      findings.add(String.format(Locale.ROOT, "%s used %.0f %% CPU (capacity %.0f %%): the generator was saturated", generator, cpu.peakPercent(), cpuCapacityPercent));
    }
    if (watchdogTrips > 0) {
      findings.add(generator + " fell behind its schedule " + watchdogTrips + " time(s)" + (messages.isEmpty() ? "" : ": " + messages.get(0)));
    }
    if (retransmissions.orElse(0) > 0) {
      findings.add(generator + " retransmitted " + retransmissions.getAsLong() + " message(s)" + (saturated() ? " (its own slowness, not necessarily the switch's)" : " (the far end answered late)"));
    }
    return findings;
  }
}
