package org.sanxiang.calendar.web;

import java.util.List;

import org.sanxiang.calendar.HolidayAdministration;
import org.sanxiang.calendar.HolidayUploadResult;
import org.sanxiang.calendar.NoticeYear;
import org.sanxiang.process.Roles;
import org.sanxiang.process.Actor;
import org.sanxiang.process.Forbidden;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;

import lombok.RequiredArgsConstructor;

/** Administrators load a new year's State Council holiday notice (holiday-cn JSON) without a release. */
@RestController
@RequestMapping("/api/admin/holidays")
@RequiredArgsConstructor
class HolidayAdminController {

    private final HolidayAdministration administration;

    @PostMapping("/{year}")
    HolidayUploadResult upload(@PathVariable int year, @RequestBody JsonNode file, Actor actor) {
        requireAdmin(actor, "上传节假日安排");
        return administration.upload(year, file, actor.username());
    }

    @GetMapping
    List<NoticeYear> noticeYears(Actor actor) {
        requireAdmin(actor, "查看节假日安排");
        return administration.noticeYears();
    }

    private static void requireAdmin(Actor actor, String act) {
        if (!actor.inGroup(Roles.ADMIN)) {
            throw new Forbidden("role-required", null, act + " requires role " + Roles.ADMIN, act, Roles.ADMIN);
        }
    }
}
