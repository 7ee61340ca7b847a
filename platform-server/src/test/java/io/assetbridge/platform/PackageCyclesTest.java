package io.assetbridge.platform;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * No package of the platform depends on itself through others (issue 17): each package, the root
 * included and every subpackage on its own, is one slice, and the slices must form no cycle. A page
 * goes connector → sync → inventory and back never; the API sits on top.
 */
class PackageCyclesTest {

    private static final String ROOT = "io.assetbridge.platform";

    @Test
    void thePlatformsPackagesFormNoCycle() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        slices().assignedFrom(new SliceAssignment() {
                    @Override
                    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                        String name = javaClass.getPackageName();
                        return name.startsWith(ROOT) ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
                    }

                    @Override
                    public String getDescription() {
                        return "each package of " + ROOT;
                    }
                })
                .should()
                .beFreeOfCycles()
                .check(classes);
    }
}
