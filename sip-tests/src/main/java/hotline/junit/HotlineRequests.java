package hotline.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts a {@link Hotline} test bed for the request files before the class's tests, and injects it
 * as a parameter. Paths are relative to the working directory (or absolute).
 *
 * <pre>
 * &#64;HotlineRequests("fixtures/requests/guangdong.yaml")
 * class GuangdongTest {
 *   &#64;Test
 *   void guangzhouCallersReachThePilot(Hotline hotline) {
 *     assertThat(hotline.call("02020000001", "12333")).answeredAt("02083333333");
 *   }
 * }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(HotlineExtension.class)
public @interface HotlineRequests {
  /** The request files. */
  String[] value();
}
