/** Where the places page lists a place, beside its map: the link any page gives for "this place on the map". */
export function placeMapPath(placeId: string): string {
	return `/places/#place-${placeId}`;
}
