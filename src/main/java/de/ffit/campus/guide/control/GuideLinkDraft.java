package de.ffit.campus.guide.control;

import de.ffit.campus.platform.validation.MaxLength;
import jakarta.validation.constraints.NotBlank;

/** Which Integreat page to link: the region and the path (or web address) of any of its translations. */
public class GuideLinkDraft {

    @NotBlank
    @MaxLength(100)
    private String region;

    @NotBlank
    @MaxLength(2000)
    private String path;

    public GuideLinkDraft() {
    }

    public GuideLinkDraft(String region, String path) {
        this.region = region;
        this.path = path;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }
}
