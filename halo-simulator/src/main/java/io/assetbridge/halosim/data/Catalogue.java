package io.assetbridge.halosim.data;

import java.util.List;

/**
 * Fixed word lists the generators draw from. Names deliberately mix in non-ASCII characters and
 * punctuation (umlauts, CJK, apostrophes, an inch sign) because real tenants are full of them and
 * encoding bugs only show up with them.
 */
final class Catalogue {

    private Catalogue() {}

    record TypeTemplate(
            String name,
            String tagPrefix,
            int groupId,
            double weight,
            List<String> manufacturers,
            List<String> models) {}

    static final String[] GROUPS = {"", "Computers", "Network", "Peripherals", "Virtual", "Mobile", "Other"};

    static final List<TypeTemplate> TYPES = List.of(
            new TypeTemplate(
                    "Laptop",
                    "LT",
                    1,
                    30,
                    List.of("Dell", "Lenovo", "HP", "Apple"),
                    List.of("Latitude 7440", "ThinkPad T14 Gen 4", "EliteBook 840 G10", "MacBook Pro 14\"")),
            new TypeTemplate(
                    "Desktop",
                    "DT",
                    1,
                    18,
                    List.of("Dell", "Lenovo", "HP", "Apple"),
                    List.of("OptiPlex 7010", "ThinkCentre M70q", "ProDesk 400 G9", "iMac 24\"")),
            new TypeTemplate(
                    "Mobile Phone",
                    "MOB",
                    5,
                    15,
                    List.of("Apple", "Samsung", "Google"),
                    List.of("iPhone 15", "Galaxy S24", "Pixel 8")),
            new TypeTemplate(
                    "Monitor",
                    "MON",
                    3,
                    10,
                    List.of("Dell", "LG", "Samsung"),
                    List.of("P2723DE", "27UL850-W", "ViewFinity S8")),
            new TypeTemplate(
                    "Server",
                    "SRV",
                    1,
                    5,
                    List.of("Dell", "HPE", "Lenovo"),
                    List.of("PowerEdge R750", "ProLiant DL380 Gen11", "ThinkSystem SR650 V3")),
            new TypeTemplate(
                    "Virtual Machine",
                    "VM",
                    4,
                    6,
                    List.of("VMware", "Microsoft", "Red Hat"),
                    List.of("VMware Virtual Platform", "Virtual Machine", "KVM")),
            new TypeTemplate(
                    "Printer",
                    "PRN",
                    3,
                    5,
                    List.of("Brother", "HP", "Kyocera"),
                    List.of("HL-L8360CDW", "LaserJet Pro M404dn", "ECOSYS M2540dn")),
            new TypeTemplate(
                    "Switch",
                    "SW",
                    2,
                    4,
                    List.of("Cisco", "Ubiquiti", "HPE"),
                    List.of("Catalyst 9200L", "UniFi USW-24-PoE", "Aruba 2930F")),
            new TypeTemplate(
                    "Firewall",
                    "FW",
                    2,
                    2,
                    List.of("Fortinet", "Sophos", "Cisco"),
                    List.of("FortiGate 60F", "XGS 2100", "Firepower 1010")),
            new TypeTemplate(
                    "Access Point",
                    "AP",
                    2,
                    2,
                    List.of("Ubiquiti", "Cisco", "HPE"),
                    List.of("U6-Pro", "Meraki MR36", "Aruba AP-515")),
            new TypeTemplate("Téléphone IP", "TEL", 3, 3, List.of("Yealink", "Poly"), List.of("T54W", "CCX 400")),
            new TypeTemplate("UPS", "UPS", 3, 1, List.of("APC", "Eaton"), List.of("Smart-UPS 1500", "5P 1550")));

    static final List<String> MANUFACTURERS = List.of(
            "Dell",
            "Lenovo",
            "HP",
            "Apple",
            "Samsung",
            "Google",
            "LG",
            "HPE",
            "VMware",
            "Microsoft",
            "Red Hat",
            "Brother",
            "Kyocera",
            "Cisco",
            "Ubiquiti",
            "Fortinet",
            "Sophos",
            "Yealink",
            "Poly",
            "APC",
            "Eaton",
            "Generic");

    static final String[] CLIENTS = {
        "Acme Ltd",
        "Zürcher Versicherungs AG",
        "Société Générale de Logistique",
        "Müller & Söhne GmbH",
        "Ærø Fisk A/S",
        "東京商事株式会社",
        "São Paulo Logística Ltda",
        "O'Brien Facilities",
        "Northwind Traders",
        "Contoso Pharmaceuticals",
        "Fabrikam Inc.",
        "Łódź Tekstylia Sp. z o.o.",
        "Crème de la Crème Café",
        "Björk Design Studio",
        "Núñez Arquitectos",
        "Château Montrose SAS",
        "Peña & Asociados",
        "Ørsted Consulting",
        "Große Freiheit Medien",
        "Café Ñandú",
        "Smith, Jones & Partners",
        "Tailspin Toys",
        "Wide World Importers",
        "Adventure Works Cycles",
        "Blue Yonder Airlines",
        "Coho Winery",
        "Lucerne Publishing",
        "Margie's Travel",
        "Trey Research",
        "Proseware, Inc.",
        "Fourth Coffee",
        "Litware Inc.",
        "Alpine Ski House",
        "Woodgrove Bank",
        "Humongous Insurance",
        "Graphic Design Institute",
        "Bellows College",
        "School of Fine Art",
        "City Power & Light",
        "Consolidated Messenger",
        "Relecloud",
        "VanArsdel Ltd",
        "Wingtip Toys",
        "Southridge Video"
    };

    static final String[] TOP_LEVELS = {"", "Managed Customers", "Project Customers", "Prospects"};

    static final String[] SITES = {
        "Head Office",
        "Zürich",
        "Köln Lager",
        "São Paulo",
        "Łódź",
        "Reykjavík",
        "Dublin",
        "Warehouse",
        "Remote Workers",
        "Branch – North",
        "Île-de-France",
        "Data Centre"
    };

    static final String[] USERS = {
        "Ben Castle", "Jürgen Müller", "Zoë Ångström", "Łukasz Żółć", "Renée Côté", "José Núñez",
        "Søren Kierkegaard", "王伟", "Aoife O'Sullivan", "Priya Raman", "Chloé Dubois", "Mats Ødegård",
        "Fatima Al-Sayed", "Nguyễn Văn An", "Ólafur Jónsson", "Anna Kowalska"
    };

    record LicenceTemplate(String name, String manufacturer, String vendor) {}

    static final List<LicenceTemplate> LICENCES = List.of(
            new LicenceTemplate("Microsoft 365 Business Premium", "Microsoft", "Pax8"),
            new LicenceTemplate("Windows Server 2022 Standard", "Microsoft", "Insight"),
            new LicenceTemplate("Adobe Acrobat Pro", "Adobe", "SoftwareOne"),
            new LicenceTemplate("Sophos Intercept X Advanced", "Sophos", "Sophos"),
            new LicenceTemplate("AutoCAD LT", "Autodesk", "Autodesk"),
            new LicenceTemplate("Veeam Backup & Replication", "Veeam", "Ingram Micro"),
            new LicenceTemplate("TeamViewer Corporate", "TeamViewer", "TeamViewer"),
            new LicenceTemplate("Zoom Workplace Business", "Zoom", "Zoom"),
            new LicenceTemplate("Atlassian Jira Software", "Atlassian", "Atlassian"),
            new LicenceTemplate("ESET PROTECT Entry", "ESET", "Exclusive Networks"),
            new LicenceTemplate("Lexware büro easy", "Haufe-Lexware", "Lexware"),
            new LicenceTemplate("DATEV Unternehmen online", "DATEV eG", "DATEV eG"),
            new LicenceTemplate("Sage 50cloud", "Sage", ""),
            new LicenceTemplate("JetBrains All Products Pack", "JetBrains", "JetBrains"));
}
