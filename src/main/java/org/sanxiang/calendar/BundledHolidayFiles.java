package org.sanxiang.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The holiday-cn files shipped with the application ({@code YYYY.json}; other files are skipped). */
final class BundledHolidayFiles {

    private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.json");

    private BundledHolidayFiles() {
    }

    static List<HolidayNotice> read(String locationPattern, ObjectMapper json) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(locationPattern);
            List<HolidayNotice> notices = new ArrayList<>();
            for (Resource resource : resources) {
                String name = resource.getFilename();
                Matcher m = name == null ? null : YEAR_FILE.matcher(name);
                if (m == null || !m.matches()) {
                    continue;
                }
                try (InputStream in = resource.getInputStream()) {
                    JsonNode root = json.readTree(in);
                    notices.add(HolidayNoticeParser.parse(root, Integer.parseInt(m.group(1))));
                }
            }
            notices.sort(Comparator.comparingInt(HolidayNotice::year));
            return notices;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read holiday files at " + locationPattern, e);
        }
    }
}
