/**
 * Enforcement bodies, their power list (职权清单), officers and enforcement certificates, and the
 * one check every enforcement act goes through: only certified officers act (APL Art. 42).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Officers and certificates",
        allowedDependencies = {"process", "web"})
package org.sanxiang.officers;
