package io.assetbridge.connector.connectwise;

import io.assetbridge.connector.connectwise.client.Answer;
import io.assetbridge.connector.connectwise.client.Links;
import io.assetbridge.spi.Page;
import io.assetbridge.spi.PageRequest;
import io.assetbridge.spi.SourceRecord;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sites exist only per company ({@code /company/companies/{id}/sites}), so a full run walks the companies, 25 to a
 * page, one request each; the company ids come from this session's read of the companies, or from one id-only
 * listing when the run resumed past it. An incremental run reads no sites: it would cost a request per company
 * whatever changed, and the next full run brings them.
 */
final class SiteWalk {

    static final String TYPE = "sites";
    private static final int COMPANIES_PER_PAGE = 25;
    private static final CwSession.Read SITES =
            new CwSession.Read("/company/companies/{id}/sites", "company sites", CwResourceTypes.COMPANIES_PERMISSION);
    private static final CwSession.Read COMPANY_IDS =
            new CwSession.Read("/company/companies", "the company ids", CwResourceTypes.COMPANIES_PERMISSION);

    private SiteWalk() {}

    static Page fetch(CwSession session, PageRequest request) {
        if (request.modifiedSince() != null) {
            return Page.last(List.of());
        }
        long after = request.cursor() == null
                ? 0
                : Cursor.parse(request.cursor(), TYPE).number();
        List<Long> companies = session.knownCompanyIds().orElseGet(() -> companyIds(session));
        List<Long> batch = companies.stream()
                .filter(id -> id > after)
                .limit(COMPANIES_PER_PAGE)
                .toList();
        var records = new ArrayList<SourceRecord>();
        for (long company : batch) {
            Answer answer =
                    session.read("/company/companies/" + company + "/sites", Map.of("pageSize", "1000"), false, SITES);
            for (JsonObject site : CwJson.rows(answer.body(), SITES.what())) {
                JsonObject owned = CwJson.JSON
                        .createObjectBuilder(site)
                        .add("company", CwJson.JSON.createObjectBuilder().add("id", company))
                        .build();
                CwJson.id(site).ifPresent(id -> records.add(new SourceRecord(TYPE, String.valueOf(id), owned)));
            }
        }
        boolean more = !batch.isEmpty() && companies.get(companies.size() - 1) > batch.get(batch.size() - 1);
        return new Page(records, more ? new Cursor(Cursor.SITES, batch.get(batch.size() - 1)).toString() : null);
    }

    /** Every company id, ascending, with the fewest requests: forward-only pages of ids alone. */
    private static List<Long> companyIds(CwSession session) {
        var ids = new ArrayList<Long>();
        var query = ListRead.idsOnly();
        boolean forwardOnly = true;
        while (true) {
            Answer answer = session.read("/company/companies", query, forwardOnly, COMPANY_IDS);
            List<JsonObject> rows = CwJson.rows(answer.body(), COMPANY_IDS.what());
            rows.forEach(row -> CwJson.id(row).ifPresent(ids::add));
            var next = answer.linkHeader().flatMap(Links::next);
            if (next.isEmpty() || rows.isEmpty()) {
                if (forwardOnly && answer.linkHeader().isEmpty() && rows.size() >= ListRead.PAGE_SIZE) {
                    forwardOnly = false; // no forward-only here: page on
                    query.remove("pageId");
                    query.put("page", "2");
                    continue;
                }
                break;
            }
            if (Links.hasLast(answer.linkHeader().get())) {
                forwardOnly = false;
                query.put(
                        "page", String.valueOf(Links.number(next.get(), "page").orElse(2L)));
            } else {
                query.remove("orderBy");
                query.put(
                        "pageId",
                        String.valueOf(Links.number(next.get(), "pageId").orElseThrow()));
            }
        }
        ids.sort(Long::compare);
        session.rememberCompanyIds(ids);
        return ids;
    }
}
