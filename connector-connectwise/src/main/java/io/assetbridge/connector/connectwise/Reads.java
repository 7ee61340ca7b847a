package io.assetbridge.connector.connectwise;

import io.assetbridge.spi.Page;
import io.assetbridge.spi.PageRequest;
import io.assetbridge.spi.SourceRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of one resource type. A full read of the companies also leaves their ids in the session, so the site
 * walk that follows in the same run spends no request on them.
 */
final class Reads {

    static final ListRead.Spec CUSTOMERS =
            new ListRead.Spec("customers", "/company/companies", "companies", CwResourceTypes.COMPANIES_PERMISSION);
    static final ListRead.Spec ASSET_TYPES = new ListRead.Spec(
            "asset-types", "/company/configurations/types", "configuration types", CwResourceTypes.TYPES_PERMISSION);
    static final ListRead.Spec CONFIGURATIONS = new ListRead.Spec(
            "configurations", "/company/configurations", "configurations", CwResourceTypes.CONFIGURATIONS_PERMISSION);

    private Reads() {}

    static Page fetch(CwSession session, PageRequest request) {
        return switch (request.resourceType()) {
            case "customers" -> customers(session, request);
            case "sites" -> SiteWalk.fetch(session, request);
            case "asset-types" -> ListRead.fetch(session, ASSET_TYPES, request);
            case "configurations" -> ListRead.fetch(session, CONFIGURATIONS, request);
            default -> throw new IllegalArgumentException("unknown resource type " + request.resourceType());
        };
    }

    private static Page customers(CwSession session, PageRequest request) {
        Page page = ListRead.fetch(session, CUSTOMERS, request);
        if (request.modifiedSince() == null) {
            List<Long> ids = request.cursor() == null ? new ArrayList<>() : session.collectingCompanyIds();
            if (ids != null) {
                page.records().stream()
                        .map(SourceRecord::sourceId)
                        .map(Long::valueOf)
                        .forEach(ids::add);
                session.collectCompanyIds(page.nextCursor() == null ? null : ids);
                if (page.nextCursor() == null) {
                    session.rememberCompanyIds(ids);
                }
            }
        }
        return page;
    }
}
