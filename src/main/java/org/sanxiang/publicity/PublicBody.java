package org.sanxiang.publicity;

import org.sanxiang.officers.EnforcementBody;

/** An enforcement body as the portal shows it: the officers module's row and its remedy channels (null when none is set). */
public record PublicBody(EnforcementBody body, RemedyChannel remedies) {
}
