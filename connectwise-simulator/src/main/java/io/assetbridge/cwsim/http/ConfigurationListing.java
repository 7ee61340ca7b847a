package io.assetbridge.cwsim.http;

import io.assetbridge.cwsim.data.Conditions;
import io.assetbridge.cwsim.data.CwData;
import io.assetbridge.cwsim.data.Rows.Slice;
import java.util.Map;
import java.util.Optional;

/** {@code /company/configurations}: the large list, with forward-only paging unless a fault switched it off. */
record ConfigurationListing(CwData data, boolean forwardOnly) implements Listing {

    @Override
    public Slice ids(Conditions conditions, long afterId, long skip, int limit) {
        return data.configurationIds(conditions, afterId, skip, limit);
    }

    @Override
    public long count(Conditions conditions) {
        return data.countConfigurations(conditions);
    }

    @Override
    public Optional<Map<String, Object>> row(int id) {
        return data.configuration(id).map(RowJson::configuration);
    }
}
