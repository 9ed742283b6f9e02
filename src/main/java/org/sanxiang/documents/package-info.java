/** Document numbering (案件编号, 文号): per-office, per-year sequences with configurable patterns. */
@org.springframework.modulith.ApplicationModule(displayName = "Documents",
        allowedDependencies = {})
package org.sanxiang.documents;
