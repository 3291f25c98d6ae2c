package com.mstudio.engine.data.pii;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.MaskedTable;
import com.mstudio.engine.api.PiiFinding;
import com.mstudio.engine.api.PiiService;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.data.Column;
import com.mstudio.engine.data.Dataset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Detection and masking over engine datasets. Stateless and thread-safe (each mask call has its own Mac). */
public final class DefaultPiiService implements PiiService {

    @Override
    public List<PiiFinding> detect(DataTable table) {
        return PiiDetector.detect(Dataset.of(table).columnList());
    }

    @Override
    public MaskedTable mask(DataTable table, Collection<String> columns, String workspaceSalt) {
        Dataset data = Dataset.of(table);
        for (String name : columns) {
            if (data.indexOf(name) < 0) throw new StudioException("There is no column \"" + name + "\" to mask.");
        }
        PiiMasker masker = new PiiMasker(workspaceSalt);
        List<Column> out = new ArrayList<>(data.columnList());
        List<String> masked = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            if (columns.contains(out.get(i).name())) {
                out.set(i, masker.mask(out.get(i)));
                masked.add(out.get(i).name());
            }
        }
        return new MaskedTable(data, new Dataset(out), masked);
    }

    @Override
    public DataTable view(MaskedTable table, Set<String> unmaskedColumns) {
        if (unmaskedColumns.isEmpty()) return table.masked();
        Dataset original = Dataset.of(table.original());
        Dataset masked = Dataset.of(table.masked());
        List<Column> out = new ArrayList<>(masked.columnList());
        for (int i = 0; i < out.size(); i++) {
            if (unmaskedColumns.contains(out.get(i).name())) out.set(i, original.columnAt(i));
        }
        return new Dataset(out);
    }
}
