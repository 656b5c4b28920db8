package fr.crige.wfs.getfeature;

import fr.crige.ows.KvpParameters;
import fr.crige.ows.OwsRequest;
import fr.crige.wfs.WfsUrls;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * The {@code next} and {@code previous} links of a result page (WFS 2.0, 7.7.4.4): the request's own KVP
 * parameters with STARTINDEX moved by one page and COUNT set to the page size. A {@code resultType=hits}
 * response links to the first page of results instead (7.7.4.2). Only KVP requests get links; an XML request
 * has no URL to repeat.
 */
record PagingLinks(String next, String previous) {

    static final PagingLinks NONE = new PagingLinks(null, null);

    /** The links of a page of results; {@code more} tells whether features follow it. */
    static PagingLinks of(OwsRequest request, long startIndex, long pageSize, boolean more) {
        if (pageSize == 0) {
            return NONE;
        }
        String next = more ? url(request, startIndex + pageSize, pageSize, false) : null;
        String previous = startIndex > 0 ? url(request, Math.max(0, startIndex - pageSize), pageSize, false) : null;
        return new PagingLinks(next, previous);
    }

    /** The links of a {@code resultType=hits} response: {@code next} is the page of results it counted. */
    static PagingLinks ofHits(OwsRequest request, long startIndex, long pageSize, long matched) {
        if (pageSize == 0 || startIndex >= matched) {
            return NONE;
        }
        return new PagingLinks(url(request, startIndex, pageSize, true), null);
    }

    private static String url(OwsRequest request, long startIndex, long count, boolean results) {
        KvpParameters kvp = request.parameters();
        StringJoiner query = new StringJoiner("&");
        for (String name : kvp.names()) {
            if (name.equals("STARTINDEX") || name.equals("COUNT") || name.equals("MAXFEATURES")
                    || (results && name.equals("RESULTTYPE"))) {
                continue;
            }
            for (String value : kvp.getAll(name)) {
                query.add(encode(name) + "=" + encode(value));
            }
        }
        if (results) {
            query.add("RESULTTYPE=results");
        }
        query.add("STARTINDEX=" + startIndex).add("COUNT=" + count);
        return WfsUrls.service(request) + "?" + query;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
