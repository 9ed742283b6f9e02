package org.sanxiang.publicity.web;

import org.sanxiang.officers.Page;
import org.sanxiang.publicity.AnnualStatistics;
import org.sanxiang.publicity.PublicDecision;
import org.sanxiang.publicity.PublicPortal;
import org.sanxiang.publicity.YearStatistics;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import lombok.RequiredArgsConstructor;

/** The public JSON feed of publications and the annual statistics (no login). */
@RestController
@RequiredArgsConstructor
class PublicFeedController {

    private final PublicPortal portal;
    private final AnnualStatistics statistics;

    @GetMapping("/api/public/publications")
    Page<PublicDecision> publications(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return portal.decisions(q, page, size);
    }

    @GetMapping("/api/public/publications/withdrawn")
    Page<PublicDecision> withdrawn(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return portal.withdrawals(page, size);
    }

    @GetMapping("/api/public/statistics/{year}")
    YearStatistics statistics(@PathVariable int year) {
        return statistics.of(year);
    }
}
