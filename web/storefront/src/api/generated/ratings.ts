// The ratings service's API, generated from its OpenAPI document by `npm run api-types`: do not edit.

export interface paths {
    "/ratings/{product_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product's average and reviews, newest first */
        get: {
            parameters: {
                query: {
                    limit: number;
                    /** @description next_cursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path: {
                    /** @description a product id, such as "12"; not checked against the catalog */
                    product_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            product_id: string;
                            /** @description null when nobody rated the product */
                            average: number | null;
                            count: number;
                            items: {
                                user_id: string;
                                stars: number;
                                review: string | null;
                                /** Format: date-time */
                                created_at: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Rate a product (customers)
         * @description One rating per user and product: posting again replaces stars and review (200; 201 the first time). Publishes rating.created both times.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description a product id, such as "12"; not checked against the catalog */
                    product_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        stars: number;
                        review?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            product_id: string;
                            user_id: string;
                            stars: number;
                            review: string | null;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            product_id: string;
                            user_id: string;
                            stars: number;
                            review: string | null;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Average and count of several products */
        get: {
            parameters: {
                query: {
                    /** @description comma-separated product ids, at most 100 */
                    product_ids: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                product_id: string;
                                /** @description null when nobody rated the product */
                                average: number | null;
                                count: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
