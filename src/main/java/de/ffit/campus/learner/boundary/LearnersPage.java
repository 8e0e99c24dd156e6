package de.ffit.campus.learner.boundary;

import de.ffit.campus.learner.control.Learners;
import de.ffit.campus.learner.entity.Learner;
import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.platform.validation.MaxLength;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Find learners by name (either script) or learner code; the table pages through the database. */
@Named
@ViewScoped
public class LearnersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    Learners learners;

    @MaxLength(120)
    private String query;

    // transient: the model keeps the page of Learner entities it loaded, which must not go into a replicated
    // session; it is made again when missing (after fail-over) and reads the current query anyway
    private transient LazyDataModel<Learner> rows;

    private LazyDataModel<Learner> model() {
        return new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) learners.count(currentUser.actor(), query);
            }

            @Override
            public List<Learner> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                    Map<String, FilterMeta> filterBy) {
                return learners.search(currentUser.actor(), query, first, pageSize);
            }

            @Override
            public String getRowKey(Learner learner) {
                return String.valueOf(learner.getId());
            }
        };
    }

    public LazyDataModel<Learner> getRows() {
        if (rows == null) {
            rows = model();
        }
        return rows;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
