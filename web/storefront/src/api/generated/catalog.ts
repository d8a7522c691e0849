// The catalog service's API, generated from its OpenAPI document by `npm run api-types`: do not edit.

export interface paths {
    "/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search and list products */
        get: {
            parameters: {
                query?: {
                    /** @description words to find in names and descriptions; the last one may be a prefix ("lapt") */
                    q?: string;
                    /** @description a category slug (or name) */
                    category?: string;
                    min_price?: number;
                    max_price?: number;
                    /** @description relevance by default when q is given, else name */
                    sort?: "relevance" | "name" | "price_asc" | "price_desc" | "newest" | "rating";
                    /** @description up to 100 comma-separated product ids (batch lookups) */
                    ids?: string;
                    /** @description 20 by default; with ids, as many as ids */
                    limit?: number;
                    /** @description next_cursor of the previous page */
                    cursor?: string;
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
                                name: string;
                                description: string;
                                price: number;
                                currency: string;
                                /** @description the category's slug */
                                category: string;
                                image_url: string;
                                images: string[];
                                /** @description free-form facts, such as {"color":"red","wireless":true}: strings (at most 500 characters), numbers or booleans */
                                attributes: {
                                    [key: string]: unknown;
                                };
                                weight_grams: number;
                                /** @description from the ratings service; null when it could not be asked */
                                rating: {
                                    average: number | null;
                                    count: number;
                                } | null;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a product (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 1 to 200 characters */
                        name: string;
                        /** @description a decimal amount above 0, such as 29.99 */
                        price: number;
                        description?: string;
                        /** @description ISO 4217 code; USD by default */
                        currency?: string;
                        /** @description a category slug or name, such as "home-kitchen" or "Home & Kitchen"; created when new */
                        category?: string;
                        /** @description absolute or root-relative image URLs */
                        images?: string[];
                        /** @description free-form facts, such as {"color":"red","wireless":true}: strings (at most 500 characters), numbers or booleans */
                        attributes?: {
                            [key: string]: unknown;
                        };
                        weight_grams?: number;
                        /** @description units inventory starts with; 0 by default */
                        stock?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            product_id: string;
                            name: string;
                            description: string;
                            price: number;
                            currency: string;
                            /** @description the category's slug */
                            category: string;
                            image_url: string;
                            images: string[];
                            /** @description free-form facts, such as {"color":"red","wireless":true}: strings (at most 500 characters), numbers or booleans */
                            attributes: {
                                [key: string]: unknown;
                            };
                            weight_grams: number;
                            /** @description from the ratings service; null when it could not be asked */
                            rating: {
                                average: number | null;
                                count: number;
                            } | null;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                            stock: number;
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
    "/products/{product_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product, with its rating */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description a product id such as "12" */
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
                            name: string;
                            description: string;
                            price: number;
                            currency: string;
                            /** @description the category's slug */
                            category: string;
                            image_url: string;
                            images: string[];
                            /** @description free-form facts, such as {"color":"red","wireless":true}: strings (at most 500 characters), numbers or booleans */
                            attributes: {
                                [key: string]: unknown;
                            };
                            weight_grams: number;
                            /** @description from the ratings service; null when it could not be asked */
                            rating: {
                                average: number | null;
                                count: number;
                            } | null;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a product (admin) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description a product id such as "12" */
                    product_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a product (admin) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description a product id such as "12" */
                    product_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 1 to 200 characters */
                        name?: string;
                        /** @description a decimal amount above 0, such as 29.99 */
                        price?: number;
                        description?: string;
                        /** @description ISO 4217 code; USD by default */
                        currency?: string;
                        /** @description a category slug or name, such as "home-kitchen" or "Home & Kitchen"; created when new */
                        category?: string;
                        /** @description absolute or root-relative image URLs */
                        images?: string[];
                        /** @description free-form facts, such as {"color":"red","wireless":true}: strings (at most 500 characters), numbers or booleans */
                        attributes?: {
                            [key: string]: unknown;
                        };
                        weight_grams?: number;
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
                            name: string;
                            description: string;
                            price: number;
                            currency: string;
                            /** @description the category's slug */
                            category: string;
                            image_url: string;
                            images: string[];
                            /** @description free-form facts, such as {"color":"red","wireless":true}: strings (at most 500 characters), numbers or booleans */
                            attributes: {
                                [key: string]: unknown;
                            };
                            weight_grams: number;
                            /** @description from the ratings service; null when it could not be asked */
                            rating: {
                                average: number | null;
                                count: number;
                            } | null;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/products/{product_id}/image.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A generated picture of the product (SVG) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description a product id such as "12" */
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
                    content?: never;
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
    "/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every category with its number of products */
        get: {
            parameters: {
                query?: never;
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
                                slug: string;
                                name: string;
                                product_count: number;
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
