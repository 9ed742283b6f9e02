/**
 * Enforcement documents (执法文书): document numbering (案件编号, 文号: per-office, per-year sequences with
 * configurable patterns); the catalogue of documents per procedure step as data ({@code documents/catalogue.yml});
 * rendering them to PDF from XHTML templates with the shipped CJK font, deterministically; issuing them (number,
 * content-addressed immutable storage, SHA-256 in the case's chained record, APL Art. 47; G118) with a
 * verification code and QR code the public portal resolves; and the bound case file (案卷). A case is read through
 * the {@link org.sanxiang.documents.CaseSheetSource} port that the cases module implements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents",
        allowedDependencies = {"process", "recording", "web"})
package org.sanxiang.documents;
