package org.sanxiang.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * At start-up, before any request or job runs, imports the shipped holiday notices for the years
 * the database lacks. Idempotent; on a cluster a node that loses the race leaves the import to the
 * winner.
 */
@Component
@RequiredArgsConstructor
class BundledHolidayLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(BundledHolidayLoader.class);

    private final HolidayAdministration administration;

    @Override
    public void afterSingletonsInstantiated() {
        try {
            administration.importBundled();
        } catch (DuplicateKeyException e) {
            log.info("shipped holiday notices imported concurrently by another node");
        }
        administration.refreshCache();
    }
}
