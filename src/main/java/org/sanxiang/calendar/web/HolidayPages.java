package org.sanxiang.calendar.web;

import org.sanxiang.calendar.HolidayAdministration;
import org.sanxiang.web.WorkspacePage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import lombok.RequiredArgsConstructor;

/** The administrator's view of the State Council holiday notices loaded per year. */
@WorkspacePage
@RequiredArgsConstructor
class HolidayPages {

    private final HolidayAdministration holidays;

    @GetMapping("/admin/holidays")
    String holidays(Model model) {
        model.addAttribute("years", holidays.noticeYears());
        return "admin/holidays";
    }
}
