package org.sanxiang.officers.web;

import java.time.LocalDate;
import java.util.List;

import org.sanxiang.officers.CertificateSupervision;
import org.sanxiang.officers.CertificateWarning;
import org.sanxiang.officers.PublicCertificate;
import org.sanxiang.process.Actor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import lombok.RequiredArgsConstructor;

/** Certificate warnings for the supervisor and the public certificate check (no login). */
@RestController
@Tag(name = "certificate supervision", description = "执法证件预警与公开查询")
@RequiredArgsConstructor
class CertificateSupervisionController {

    private final CertificateSupervision supervision;

    @GetMapping("/api/supervision/certificate-warnings")
    @Operation(summary = "即将到期的执法证件与待年审人员（监督人员、负责人、管理员）")
    List<CertificateWarning> warnings(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Actor actor) {
        return supervision.warnings(on, actor);
    }

    @GetMapping("/api/public/certificates/{number}")
    @Operation(summary = "执法证件公开查询：持证人姓名、执法主体、执法类别、有效期、状态")
    PublicCertificate publicCertificate(@PathVariable String number) {
        return supervision.publicCertificate(number);
    }
}
