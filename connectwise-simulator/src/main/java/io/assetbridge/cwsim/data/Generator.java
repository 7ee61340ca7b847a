package io.assetbridge.cwsim.data;

import io.assetbridge.cwsim.data.Rows.Company;
import io.assetbridge.cwsim.data.Rows.ConfigType;
import io.assetbridge.cwsim.data.Rows.Configuration;
import io.assetbridge.cwsim.data.Rows.Site;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds every row from (seed, id) alone, so a million configurations cost no memory. */
final class Generator {

    /** Every generated row was last updated before this instant; only mutations come after it. */
    static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");

    private static final String[] TYPES = {
        "Workstation",
        "Laptop",
        "Server",
        "Firewall",
        "Switch",
        "Printer",
        "Router",
        "Wireless Access Point",
        "Microsoft 365 Licence",
        "Antivirus Software",
        "Windows Operating System",
        "Backup Software"
    };
    private static final String[] MANUFACTURERS = {
        "Dell", "HP", "Lenovo", "Cisco", "Ubiquiti", "Microsoft", "Fortinet", "Synology", "Apple", "Brother"
    };
    private static final String[] COMPANY_NAMES = {
        "Northwind",
        "Contoso",
        "Fabrikam",
        "Tailspin",
        "Adatum",
        "Litware",
        "Proseware",
        "Wingtip",
        "Alpine",
        "Woodgrove"
    };
    private static final String[] OS = {"Windows 11 Pro", "Windows Server 2022", "Ubuntu 24.04", "macOS 15", "FortiOS 7"
    };
    private static final String[] SITE_NAMES = {"Main", "Branch Office", "Warehouse"};
    private static final long YEAR_SECONDS = 365L * 86_400;

    private final long seed;
    private final int companies;
    private final int types;

    Generator(long seed, int companies, int types) {
        this.seed = seed;
        this.companies = companies;
        this.types = types;
    }

    Company company(int id) {
        String base = COMPANY_NAMES[Mix.below(seed, id, 11, COMPANY_NAMES.length)];
        return new Company(id, base + id, base + " " + id, past(id, 12));
    }

    List<Site> sites(int companyId) {
        int count = 1 + Mix.below(seed, companyId, 13, SITE_NAMES.length);
        var sites = new ArrayList<Site>(count);
        for (int k = 1; k <= count; k++) {
            sites.add(new Site(companyId * 10 + k, companyId, SITE_NAMES[k - 1]));
        }
        return sites;
    }

    ConfigType type(int id) {
        String name = id <= TYPES.length ? TYPES[id - 1] : "Type " + id;
        return new ConfigType(id, name, past(id, 14));
    }

    Configuration configuration(int id, String nameSuffix, Instant lastUpdated) {
        ConfigType type = type(1 + Mix.below(seed, id, 1, types));
        Company company = company(1 + Mix.below(seed, id, 2, companies));
        List<Site> sites = sites(company.id());
        Site site = sites.get(Mix.below(seed, id, 3, sites.size()));
        int manufacturer = Mix.below(seed, id, 4, MANUFACTURERS.length);
        long bits = Mix.of(seed, id, 5);
        LocalDate purchased = LocalDate.of(2019, 1, 1).plusDays(Mix.below(seed, id, 6, 2_000));
        String prefix = type.name().split(" ")[0].toUpperCase(Locale.ROOT);
        return new Configuration(
                id,
                String.format(Locale.ROOT, "%s-%06d%s", prefix, id, nameSuffix),
                type,
                Mix.below(seed, id, 7, 10) != 0,
                company,
                site,
                String.format(Locale.ROOT, "SN%010X", bits & 0xFF_FFFF_FFFFL),
                MANUFACTURERS[manufacturer].substring(0, 2).toUpperCase(Locale.ROOT) + "-" + (100 + bits % 900),
                String.format(Locale.ROOT, "TAG-%07d", id),
                manufacturer + 1,
                MANUFACTURERS[manufacturer],
                purchased,
                purchased.plusDays(7),
                purchased.plusYears(3),
                OS[Mix.below(seed, id, 8, OS.length)],
                "10." + (bits >>> 8 & 0xFF) + "." + (bits >>> 16 & 0xFF) + "." + (1 + (bits >>> 24 & 0xFD)),
                String.format(
                        Locale.ROOT,
                        "00:1A:%02X:%02X:%02X:%02X",
                        bits >>> 32 & 0xFF,
                        bits >>> 40 & 0xFF,
                        bits >>> 48 & 0xFF,
                        id & 0xFF),
                "user" + Mix.below(seed, id, 9, 5_000),
                lastUpdated == null ? configurationLastUpdated(id) : lastUpdated);
    }

    Instant configurationLastUpdated(int id) {
        return past(id, 10);
    }

    /** A deterministic instant in the year before {@link #BASE}. */
    private Instant past(int id, int salt) {
        return BASE.minus(Duration.ofSeconds(1 + Mix.of(seed, id, salt) % YEAR_SECONDS));
    }
}
