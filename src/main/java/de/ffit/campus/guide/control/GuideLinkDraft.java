package de.ffit.campus.guide.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Which Integreat page to link: the region and the path (or web address) of any of its translations. */
public class GuideLinkDraft {

    @NotBlank
    @Size(max = 100)
    private String region;

    @NotBlank
    @Size(max = 2000)
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
