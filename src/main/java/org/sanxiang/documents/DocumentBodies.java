package org.sanxiang.documents;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the paper says about each enforcement body beyond its name, by body code: its address, the organs a
 * party turns to (APL Art. 59 (5): 行政复议机关 and the court of an administrative action) and its seal image
 * (a PNG on the classpath or a file URL). A decision of a body without them is refused, not printed half-empty.
 *
 * @param verificationUrl the portal address the QR code points at, followed by the verification code
 */
@ConfigurationProperties("sanxiang.documents.issuing")
public record DocumentBodies(Map<String, Profile> bodies, String verificationUrl) {

    public DocumentBodies {
        bodies = bodies == null ? Map.of() : Map.copyOf(bodies);
        verificationUrl = verificationUrl == null ? "http://localhost:8080/portal/documents/" : verificationUrl;
    }

    public Profile of(String bodyCode) {
        return bodies.getOrDefault(bodyCode, new Profile(null, null, null, null, null));
    }

    /** @param seal a Spring resource location of the seal PNG, e.g. {@code classpath:documents/seals/SZZ.png} */
    public record Profile(String address, String phone, String reviewOrgan, String court, String seal) {
    }
}
