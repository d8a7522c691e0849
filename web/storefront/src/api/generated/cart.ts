// The cart service's API, generated from its OpenAPI document by `npm run api-types`: do not edit.

export interface paths {
    "/cart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's cart, priced now */
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
                                product_id: string;
                                name: string | null;
                                price: number | null;
                                quantity: number;
                                line_total: number | null;
                                available: number | null;
                                image_url: string | null;
                            }[];
                            subtotal: number | null;
                            currency: string;
                            /** @description units over every line */
                            item_count: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Empty the cart */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
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
        patch?: never;
        trace?: never;
    };
    "/cart/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add units of a product
         * @description Adds to the product's line when there is one (201 when the line is new, else 200). An unknown product is 422; the catalog down, 503.
         */
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
                        /** @description an id; a number is read as its decimal string */
                        product_id: string | number;
                        quantity?: number;
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
                            items: {
                                product_id: string;
                                name: string | null;
                                price: number | null;
                                quantity: number;
                                line_total: number | null;
                                available: number | null;
                                image_url: string | null;
                            }[];
                            subtotal: number | null;
                            currency: string;
                            /** @description units over every line */
                            item_count: number;
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
                            items: {
                                product_id: string;
                                name: string | null;
                                price: number | null;
                                quantity: number;
                                line_total: number | null;
                                available: number | null;
                                image_url: string | null;
                            }[];
                            subtotal: number | null;
                            currency: string;
                            /** @description units over every line */
                            item_count: number;
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
    "/cart/items/{product_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a line (idempotent) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description a product id, such as "12" */
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
        /** Set a line's quantity (0 removes it) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description a product id, such as "12" */
                    product_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 0 removes the line */
                        quantity: number;
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
                            items: {
                                product_id: string;
                                name: string | null;
                                price: number | null;
                                quantity: number;
                                line_total: number | null;
                                available: number | null;
                                image_url: string | null;
                            }[];
                            subtotal: number | null;
                            currency: string;
                            /** @description units over every line */
                            item_count: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/carts/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user's cart lines (services) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    user_id: string;
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
                            user_id: string;
                            items: {
                                product_id: string;
                                quantity: number;
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
